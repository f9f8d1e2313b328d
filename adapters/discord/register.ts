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
  try {
    await rest.put(route, { body });
  } catch (error) {
    // A rejected token is a configuration problem (exit 3); the error text is redacted by MusubiError.
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403) {
      throw new MusubiError('config_invalid', `Discord rejected DISCORD_TOKEN (HTTP ${status}). Copy the bot token from the Developer Portal (Bot → Reset Token) into .env, and check DISCORD_APPLICATION_ID.`, { cause: error });
    }
    throw new MusubiError('config_invalid', `Could not register the commands: ${(error as Error).message}. Check DISCORD_APPLICATION_ID, DISCORD_GUILD_ID and the network.`, { cause: error });
  }
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
