/**
 * `npm run discord:register`: registers Musubi's slash commands — to DISCORD_GUILD_ID when
 * set (instant), otherwise globally (can take up to an hour to appear).
 */
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { asMusubiError, EXIT_CODES, loadConfig, MusubiError, type Config } from '../../src/index.js';
import { commandDefinitions } from './commands.js';
import { inviteUrl } from './permissions.js';

export async function registerCommands(config: NonNullable<Config['discord']>): Promise<{ route: string; count: number }> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const body = commandDefinitions();
  await rest.put(route, { body });
  return { route, count: body.length };
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  try {
    const config = loadConfig();
    if (!config.discord) throw new MusubiError('config_invalid', 'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env to register commands.');
    const { route, count } = await registerCommands(config.discord);
    process.stdout.write(`Registered ${count} commands at ${route}${config.discord.guildId ? '' : ' (global: may take up to an hour to appear)'}.\n`);
    process.stdout.write(`Invite the bot with: ${inviteUrl(config.discord.applicationId)}\n`);
    return 0;
  } catch (error) {
    const e = asMusubiError(error);
    process.stderr.write(`musubi: ${e.message}\n`);
    return EXIT_CODES[e.code];
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = await main();
