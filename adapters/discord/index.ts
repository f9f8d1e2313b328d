/**
 * The Discord adapter (discord.js): slash commands, mentions, DMs and buttons. Interactions are
 * deferred at once and edited with the answer; mentions get a reply in the channel or thread
 * with the thread's earlier turns as context; every gateway event is handled once; failures
 * become a visible message. Intents: Guilds, GuildMessages, DirectMessages and MessageContent
 * (privileged: needed to read the text of a mention).
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  Partials,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  type TextBasedChannel,
} from 'discord.js';
import {
  asMusubiError,
  detectLanguage,
  MusubiError,
  parseCommand,
  type ChannelScope,
  type ChatMessage,
  type Config,
  type Logger,
  type Musubi,
  type MusubiStore,
  type Reply,
  type SuggestionKind,
} from '../../src/index.js';
import { createEventClaims } from '../shared/event-claims.js';
import type { RunningAdapter } from '../shared/running-adapter.js';
export type { RunningAdapter } from '../shared/running-adapter.js';
import { throttle } from '../shared/throttle.js';
import { errorText, renderReply, type DiscordMessage } from './render.js';

export interface DiscordAdapterDeps {
  readonly engine: Musubi;
  readonly config: NonNullable<Config['discord']>;
  readonly store: MusubiStore;
  readonly logger: Logger;
}

/** At most one streamed edit per second while a model writes. */
export const STREAM_EDIT_MS = 1000;

/** Most messages read for a summary. */
const MAX_MESSAGES = 500;

function toPayload(m: DiscordMessage) {
  const components = m.buttons.length
    ? [new ActionRowBuilder<ButtonBuilder>().addComponents(m.buttons.map((b) => new ButtonBuilder().setCustomId(b.customId).setLabel(b.label).setStyle(ButtonStyle.Secondary)))]
    : [];
  return { content: m.content, embeds: m.embeds.map((e) => new EmbedBuilder(e)), components };
}

async function readChannel(channel: TextBasedChannel, botId: string | undefined, limit = MAX_MESSAGES): Promise<ChatMessage[]> {
  const out: ChatMessage[] = [];
  let before: string | undefined;
  while (out.length < limit) {
    const page = await channel.messages.fetch({ limit: 100, ...(before ? { before } : {}) });
    if (page.size === 0) break;
    for (const m of page.values()) out.push({ author: m.author.username, text: m.content, ts: m.createdAt.toISOString(), link: m.url, isMusubi: m.author.id === botId });
    before = page.last()?.id;
    if (page.size < 100) break;
  }
  return out.reverse();
}

export async function startDiscord({ engine, config, store, logger }: DiscordAdapterDeps): Promise<RunningAdapter> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  // Shared through the store, so two processes on one token (or a restart) answer once.
  const firstTime = createEventClaims(store, logger, 'discord');
  client.rest.on('rateLimited', (info) => logger.warn('discord: rate limited, waiting', { route: info.route, ms: info.timeToReset }));

  const scopeOf = (guildId: string | null, channelId: string): ChannelScope => ({ workspace: guildId ?? 'dm', channel: channelId });

  async function replyFor(name: string, text: string, scope: ChannelScope, options: { country?: string; kind?: SuggestionKind; channel?: TextBasedChannel | null; context?: ChatMessage[]; onPartial?: (text: string) => void }): Promise<Reply> {
    const language = detectLanguage(text);
    switch (name) {
      case 'help':
        return engine.help(language);
      case 'match':
        return engine.match(text, { country: options.country, kind: options.kind, workspace: scope.workspace });
      case 'programs':
        return engine.programs(text, { workspace: scope.workspace });
      case 'summary':
        return engine.summarize(options.channel ? await readChannel(options.channel, client.user?.id) : [], { scope });
      default:
        return engine.ask(text, { context: options.context?.map((m) => ({ role: m.isMusubi ? 'assistant' : 'user', text: m.text })), workspace: scope.workspace, onPartial: options.onPartial });
    }
  }

  async function onCommand(interaction: ChatInputCommandInteraction) {
    const started = performance.now();
    await interaction.deferReply({ ephemeral: interaction.commandName === 'shortlist' || interaction.commandName === 'help' });
    logger.debug('discord: deferred', { ms: Math.round(performance.now() - started) });
    const text = interaction.options.getString('question') ?? interaction.options.getString('request') ?? interaction.options.getString('goal') ?? '';
    const scope = scopeOf(interaction.guildId, interaction.channelId);
    const language = detectLanguage(text);
    try {
      if (interaction.commandName === 'shortlist') {
        const entries = await store.listShortlist(scope);
        const lines = entries.map((e) => `#${e.id} ${e.suggestion} — ${e.addedBy}`).join('\n') || (language === 'ja' ? '候補リストは空です。' : 'The shortlist is empty.');
        const buttons = entries.slice(0, 5).map((e) => ({ customId: `musubi:rm:${e.id}`, label: `Remove #${e.id}` }));
        await interaction.editReply(toPayload({ content: lines.slice(0, 2000), embeds: [], buttons }));
        return;
      }
      const partial = throttle((t: string) => interaction.editReply({ content: `${t.slice(0, 1990)} …` }), STREAM_EDIT_MS);
      const reply = await replyFor(interaction.commandName, text, scope, {
        country: interaction.options.getString('country')?.toUpperCase() ?? undefined,
        kind: (interaction.options.getString('kind') as SuggestionKind | null) ?? undefined,
        channel: interaction.channel,
        onPartial: partial,
      });
      await partial.cancel();
      const [first, ...rest] = renderReply(reply);
      await interaction.editReply(toPayload(first!));
      for (const m of rest) await interaction.followUp(toPayload(m));
    } catch (error) {
      const e = asMusubiError(error);
      logger.error('discord: command failed', { code: e.code });
      await interaction.editReply({ content: errorText(language, e.code === 'internal' ? undefined : e.message), embeds: [], components: [] }).catch(() => undefined);
    }
  }

  async function onButton(interaction: ButtonInteraction) {
    const [, action, ...restParts] = interaction.customId.split(':');
    const value = restParts.join(':');
    const scope = scopeOf(interaction.guildId, interaction.channelId);
    const user = interaction.user.username;
    try {
      if (action === 'up' || action === 'down') {
        await store.recordFeedback(scope, { target: interaction.message.id, targetKind: 'answer', vote: action, user });
        await interaction.reply({ content: 'Thanks for the feedback! / ありがとうございます。', ephemeral: true });
      } else if (action === 'add') {
        const entry = await store.addToShortlist(scope, { suggestion: value, addedBy: user, messageLink: interaction.message.url });
        await interaction.reply({ content: `Added to the shortlist: ${entry.suggestion}`, ephemeral: true });
      } else if (action === 'rm') {
        const removed = await store.removeFromShortlist(scope, Number(value));
        await interaction.reply({ content: removed ? 'Removed from the shortlist.' : 'That entry was already removed.', ephemeral: true });
      } else if (action === 'more' || action === 'src') {
        await interaction.deferReply();
        const reply = action === 'more' ? await engine.match(value, { workspace: scope.workspace }) : await engine.ask(value, { workspace: scope.workspace });
        const [first, ...rest] = renderReply(reply);
        await interaction.editReply(toPayload(first!));
        for (const m of rest) await interaction.followUp(toPayload(m));
      }
    } catch (error) {
      logger.error('discord: button failed', { code: asMusubiError(error).code });
      const content = errorText('en');
      await (interaction.deferred || interaction.replied ? interaction.editReply({ content }) : interaction.reply({ content, ephemeral: true })).catch(() => undefined);
    }
  }

  async function onMessage(message: Message) {
    if (message.author.bot || !client.user) return;
    const dm = !message.guildId;
    if (!dm && !message.mentions.users.has(client.user.id)) return;
    if (!(await firstTime(message.id))) return;
    const text = message.content.replace(/<@!?\d+>/g, '').trim();
    const language = detectLanguage(text);
    const scope = scopeOf(message.guildId, message.channelId);
    try {
      if ('sendTyping' in message.channel) await message.channel.sendTyping().catch(() => undefined);
      const command = parseCommand(text);
      const context = message.channel.isThread() ? (await readChannel(message.channel, client.user.id, 20)).filter((m) => m.link !== message.url) : [];
      const reply = await replyFor(command.name, command.text, scope, { channel: message.channel, context });
      for (const m of renderReply(reply)) await message.reply(toPayload(m));
    } catch (error) {
      const e = asMusubiError(error);
      logger.error('discord: could not answer', { code: e.code });
      await message.reply({ content: errorText(language, e.code === 'internal' ? undefined : e.message) }).catch(() => undefined);
    }
  }

  client.on(Events.InteractionCreate, (interaction) => {
    void firstTime(interaction.id).then((first) => {
      if (!first) return;
      if (interaction.isChatInputCommand()) void onCommand(interaction);
      else if (interaction.isButton()) void onButton(interaction);
    });
  });
  client.on(Events.MessageCreate, (message) => void onMessage(message));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    const code = (error as { code?: string }).code;
    throw new MusubiError('config_invalid', code === 'TokenInvalid' || /401|token/i.test((error as Error).message) ? 'Discord rejected DISCORD_TOKEN. Copy the bot token from the Developer Portal (Bot → Reset Token) into .env.' : `Could not connect to Discord: ${(error as Error).message}`, { cause: error });
  }
  await ready;
  logger.info(`Discord adapter running as ${client.user?.tag ?? 'musubi'}.`);
  return { stop: async () => void (await client.destroy()) };
}
