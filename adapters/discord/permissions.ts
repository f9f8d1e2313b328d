/**
 * The permissions Musubi's Discord invite asks for, and nothing more: it reads the channel and
 * its history (thread context, summaries), sends messages and embeds, and answers in threads.
 */
import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/** Each permission with the reason the README gives. */
export const INVITE_PERMISSIONS = {
  ViewChannel: 'see the channels it is invited to',
  SendMessages: 'answer',
  SendMessagesInThreads: 'answer in threads',
  EmbedLinks: 'answers, citations and suggestions are embeds',
  ReadMessageHistory: "read a thread's earlier turns and a channel's messages for summary",
} as const satisfies Partial<Record<keyof typeof PermissionFlagsBits, string>>;

export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/** The permissions integer of the invite URL. */
export function invitePermissions(): bigint {
  return (Object.keys(INVITE_PERMISSIONS) as (keyof typeof INVITE_PERMISSIONS)[]).reduce((bits, name) => bits | PermissionFlagsBits[name], 0n);
}

/** The invite URL for an application id. */
export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${encodeURIComponent(applicationId)}&scope=${INVITE_SCOPES.join('%20')}&permissions=${invitePermissions()}`;
}
