/** Musubi's Discord slash commands, as registration payloads. */
import { SlashCommandBuilder } from 'discord.js';

export function commandDefinitions() {
  return [
    new SlashCommandBuilder().setName('ask').setDescription('Ask about the reports (Japanese or English)').addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(4000)),
    new SlashCommandBuilder()
      .setName('match')
      .setDescription('Suggest partner cities, organisations and programs')
      .addStringOption((o) => o.setName('request').setDescription('Who you are and what you want').setRequired(true).setMaxLength(4000))
      .addStringOption((o) => o.setName('country').setDescription('Wanted country (ISO code, e.g. US or JP)').setMaxLength(2))
      .addStringOption((o) => o.setName('kind').setDescription('Kind of counterpart').addChoices({ name: 'city', value: 'city' }, { name: 'region', value: 'region' }, { name: 'organisation', value: 'organisation' }, { name: 'program', value: 'program' })),
    new SlashCommandBuilder().setName('programs').setDescription('Programs and organisations for a goal').addStringOption((o) => o.setName('goal').setDescription('Your goal').setRequired(true).setMaxLength(4000)),
    new SlashCommandBuilder().setName('summary').setDescription("Summarise this channel's or thread's recommendations and decisions"),
    new SlashCommandBuilder().setName('shortlist').setDescription("Show this channel's shortlist"),
    new SlashCommandBuilder().setName('help').setDescription('What Musubi can do'),
  ].map((c) => c.toJSON());
}
