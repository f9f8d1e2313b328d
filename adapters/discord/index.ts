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
  MessageFlags,
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
  SUBCOMMANDS,
  type ChannelScope,
  type ChatMessage,
  type Config,
  type Logger,
  type Musubi,
  type MusubiStore,
  type Subcommand,
  type SuggestionKind,
} from '../../src/index.js';
import { attachRecords, createChatLayer, type ChatResult } from '../shared/chat-layer.js';
import { createEventClaims } from '../shared/event-claims.js';
import { toReactions } from '../shared/reactions.js';
import type { RunningAdapter } from '../shared/running-adapter.js';
export type { RunningAdapter } from '../shared/running-adapter.js';
import { throttle } from '../shared/throttle.js';
import { DISCORD_LIMITS, errorText, renderReply, type DiscordMessage } from './render.js';

export interface DiscordAdapterDeps {
  readonly engine: Musubi;
  readonly config: NonNullable<Config['discord']>;
  readonly store: MusubiStore;
  readonly logger: Logger;
  /** Reply ids (tests inject a deterministic one). */
  readonly newId?: () => string;
}

/** At most one streamed edit per second while a model writes. */
export const STREAM_EDIT_MS = 1000;

/** Most messages read for a summary. */
const MAX_MESSAGES = 500;

/** A rendered message as a discord.js payload: buttons in rows of five, and no mention ever pings. */
function toPayload(m: DiscordMessage) {
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  for (let i = 0; i < m.buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(m.buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow).map((b) => new ButtonBuilder().setCustomId(b.customId).setLabel(b.label).setStyle(ButtonStyle.Secondary))));
  }
  return { content: m.content ?? '', embeds: m.embeds.map((e) => new EmbedBuilder(e)), components: rows.slice(0, DISCORD_LIMITS.rows), allowedMentions: { parse: [] } };
}

/** Removes `<@123>` / `<@!123>` mentions from a message's text. */
export const stripMentions = (text: string) => text.replace(/<@!?\d+>/g, ' ').replace(/\s+/g, ' ').trim();

/** A Discord message as plain text: its content, or for Musubi's embeds their titles, descriptions and fields. */
function textOf(m: Message): string {
  if (m.content) return m.content;
  return m.embeds.map((e) => [e.title, e.description, ...e.fields.map((f) => `${f.name}\n${f.value}`)].filter(Boolean).join('\n')).join('\n');
}

async function readChannel(channel: TextBasedChannel, botId: string | undefined, limit = MAX_MESSAGES): Promise<ChatMessage[]> {
  const out: ChatMessage[] = [];
  const mention = botId ? new RegExp(`<@!?${botId}>`) : null;
  let before: string | undefined;
  while (out.length < limit) {
    const page = await channel.messages.fetch({ limit: 100, ...(before ? { before } : {}) });
    if (page.size === 0) break;
    for (const m of page.values()) {
      // Discord gives reaction counts with the message; who reacted would cost a request per emoji.
      const reactions = toReactions([...m.reactions.cache.values()].map((r) => ({ name: r.emoji.name ?? '', count: r.count ?? 1 })));
      // A person's message that mentions Musubi asked it something: its names are the asker's setting, not proposals.
      const toMusubi = Boolean(mention && m.author.id !== botId && mention.test(m.content));
      out.push({ author: m.author.username, text: textOf(m), ts: m.id, link: m.url, isMusubi: m.author.id === botId, ...(toMusubi ? { toMusubi } : {}), ...(reactions.length ? { reactions } : {}) });
    }
    before = page.last()?.id;
    if (page.size < 100) break;
  }
  return out.reverse();
}

export async function startDiscord({ engine, config, store, logger, newId }: DiscordAdapterDeps): Promise<RunningAdapter> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  // Shared through the store, so two processes on one token (or a restart) answer once.
  const firstTime = createEventClaims(store, logger, 'discord');
  const layer = createChatLayer({ engine, store, ...(newId ? { newId } : {}) });
  client.rest.on('rateLimited', (info) => logger.warn('discord: rate limited, waiting', { route: info.route, ms: info.timeToReset }));

  const scopeOf = (guildId: string | null, channelId: string): ChannelScope => ({ workspace: guildId ?? 'dm', channel: channelId });

  /** The channel's messages with Musubi's recorded suggestions attached (matched by message id). */
  async function conversation(channel: TextBasedChannel | null, scope: ChannelScope): Promise<ChatMessage[]> {
    if (!channel) return [];
    const messages = await readChannel(channel, client.user?.id);
    return attachRecords(messages, await store.listReplies(scope).catch(() => []), (m) => m.ts);
  }

  async function record(scope: ChannelScope, result: ChatResult, ids: readonly string[]) {
    await layer.recordPosted(scope, result, ids).catch((error: unknown) => logger.warn('discord: could not record the reply', { error: String(error) }));
  }

  /** Edits the deferred response with the first message, follows up with the rest; returns the message ids. */
  async function sendToInteraction(interaction: ChatInputCommandInteraction | ButtonInteraction, result: ChatResult): Promise<string[]> {
    const [first, ...rest] = renderReply(result.reply, result.id);
    const ids = [(await interaction.editReply(toPayload(first!))).id];
    for (const m of rest) ids.push((await interaction.followUp(toPayload(m))).id);
    return ids;
  }

  async function onCommand(interaction: ChatInputCommandInteraction) {
    const started = performance.now();
    await interaction.deferReply({ flags: interaction.commandName === 'shortlist' || interaction.commandName === 'help' ? MessageFlags.Ephemeral : undefined });
    logger.debug('discord: deferred', { ms: Math.round(performance.now() - started) });
    const text = interaction.options.getString('question') ?? interaction.options.getString('request') ?? interaction.options.getString('goal') ?? '';
    const scope = scopeOf(interaction.guildId, interaction.channelId);
    const name = (SUBCOMMANDS as readonly string[]).includes(interaction.commandName) ? (interaction.commandName as Subcommand) : 'help';
    const partial = throttle((t: string) => interaction.editReply({ content: `${t.slice(0, 1990)} …` }), STREAM_EDIT_MS);
    const result = await layer.handle({
      text,
      command: { name, text, explicit: true },
      scope,
      country: interaction.options.getString('country')?.toUpperCase() ?? undefined,
      kind: (interaction.options.getString('kind') as SuggestionKind | null) ?? undefined,
      conversation: () => conversation(interaction.channel, scope),
      onPartial: partial,
    });
    await partial.cancel();
    if (result.reply.kind === 'error') logger.error('discord: command failed', { code: result.reply.code });
    try {
      await record(scope, result, await sendToInteraction(interaction, result));
    } catch (error) {
      logger.error('discord: could not send the reply', { error: String(error) });
      await interaction.editReply({ content: errorText(detectLanguage(text)), embeds: [], components: [] }).catch(() => undefined);
    }
  }

  async function onButton(interaction: ButtonInteraction) {
    const scope = scopeOf(interaction.guildId, interaction.channelId);
    const shownText = interaction.message.embeds[0]?.description ?? interaction.message.content ?? '';
    // "More suggestions" may take a moment: defer at once (publicly), everything else is quick and private.
    const isMore = /^musubi:more:/.test(interaction.customId);
    if (isMore) await interaction.deferReply();
    else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      const pressed = await layer.press(interaction.customId, { scope, user: interaction.user.username, messageLink: interaction.message.url, language: detectLanguage(shownText) });
      if (!pressed) {
        await interaction.editReply({ content: errorText('en') });
        return;
      }
      await record(scope, pressed.result, await sendToInteraction(interaction, pressed.result));
    } catch (error) {
      logger.error('discord: button failed', { code: asMusubiError(error).code });
      await interaction.editReply({ content: errorText('en') }).catch(() => undefined);
    }
  }

  async function onMessage(message: Message) {
    if (message.author.bot || !client.user) return;
    const dm = !message.guildId;
    if (!dm && !message.mentions.users.has(client.user.id)) return;
    if (!(await firstTime(message.id))) return;
    const text = stripMentions(message.content);
    const scope = scopeOf(message.guildId, message.channelId);
    try {
      if ('sendTyping' in message.channel) await message.channel.sendTyping().catch(() => undefined);
      const result = await layer.handle({
        text,
        scope,
        context: async () => (message.channel.isThread() ? (await readChannel(message.channel, client.user?.id, 20)).filter((m) => m.link !== message.url && m.text.trim()).map((m) => ({ role: m.isMusubi ? ('assistant' as const) : ('user' as const), text: stripMentions(m.text) })) : []),
        conversation: () => conversation(message.channel, scope),
        threadMessageIds: async () => (message.channel.isThread() ? (await readChannel(message.channel, client.user?.id, 20)).map((m) => m.ts ?? '') : []),
      });
      if (result.reply.kind === 'error') logger.error('discord: could not answer', { code: result.reply.code });
      const ids: string[] = [];
      for (const m of renderReply(result.reply, result.id)) ids.push((await message.reply(toPayload(m))).id);
      await record(scope, result, ids);
    } catch (error) {
      const e = asMusubiError(error);
      logger.error('discord: could not answer', { code: e.code });
      await message.reply({ content: errorText(detectLanguage(text), e.code === 'internal' ? undefined : e.message), allowedMentions: { parse: [] } }).catch(() => undefined);
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
