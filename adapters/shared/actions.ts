/**
 * Button ids: `musubi:<action>:<reply id>[:<argument>]`. Buttons carry ids, never request text,
 * so they fit Discord's 100-character custom ids and Slack's action ids, and a press finds what
 * was shown in the reply record.
 */
export const ACTIONS = ['up', 'down', 'src', 'more', 'add', 'rm'] as const;
export type ActionName = (typeof ACTIONS)[number];

export interface ButtonAction {
  readonly action: ActionName;
  /** The reply the button belongs to ('-' for shortlist buttons). */
  readonly replyId: string;
  /** Suggestion index for `add`, shortlist entry id for `rm`. */
  readonly arg: string | null;
}

/** Longest id any platform accepts (Discord's custom_id). */
export const MAX_ACTION_ID = 100;

export function actionId(action: ActionName, replyId: string, arg?: string | number): string {
  const id = `musubi:${action}:${replyId}${arg === undefined ? '' : `:${arg}`}`;
  if (id.length > MAX_ACTION_ID) throw new Error(`action id too long: ${id.length}`);
  return id;
}

export function parseActionId(id: string): ButtonAction | null {
  const m = /^musubi:([a-z]+):([A-Za-z0-9_-]+)(?::([A-Za-z0-9_-]+))?$/.exec(id);
  if (!m || !(ACTIONS as readonly string[]).includes(m[1]!)) return null;
  return { action: m[1] as ActionName, replyId: m[2]!, arg: m[3] ?? null };
}
