// Cadence rules, pure so they can be tested over simulated months (DESIGN.md §5): marketing
// mail at most once per member per `gapDays`; when several notices are due the highest
// priority wins and the rest wait for the next gap, or are dropped once stale; active members
// who opted in hear from us at least every `touchEveryDays`. Transactional mail never comes here.
import { KIND_RULES, type EmailKind } from "./kinds";

const DAY = 86_400_000;

export type DueNotice = { id: string; kind: EmailKind; createdAt: Date };

export type CadencePlan = {
  send: string | null;
  wait: { id: string; until: Date }[];
  drop: string[];
};

/** Decides one member's due marketing notices at `now`, given their last marketing mail. */
export function planMarketing(notices: DueNotice[], lastMarketingAt: Date | null, now: Date, gapDays: number): CadencePlan {
  const plan: CadencePlan = { send: null, wait: [], drop: [] };
  const fresh: DueNotice[] = [];
  for (const notice of notices) {
    if (now.getTime() - notice.createdAt.getTime() > KIND_RULES[notice.kind].staleAfterDays * DAY) plan.drop.push(notice.id);
    else fresh.push(notice);
  }
  const gapEnds = lastMarketingAt ? new Date(lastMarketingAt.getTime() + gapDays * DAY) : null;
  if (gapEnds && gapEnds > now) {
    for (const notice of fresh) plan.wait.push({ id: notice.id, until: gapEnds });
    return plan;
  }
  // Highest priority first; among equals the oldest, so nothing starves behind newer peers.
  fresh.sort((a, b) => KIND_RULES[b.kind].priority - KIND_RULES[a.kind].priority || a.createdAt.getTime() - b.createdAt.getTime());
  const [winner, ...rest] = fresh;
  plan.send = winner?.id ?? null;
  const next = new Date(now.getTime() + gapDays * DAY);
  for (const notice of rest) plan.wait.push({ id: notice.id, until: next });
  return plan;
}

export type TouchCandidate = {
  lastMarketingAt: Date | null;
  lastActivityAt: Date | null;
  joinedAt: Date;
  optedIn: boolean;
};

/** Active = a visit within this many days; quieter members get win-back mail instead. */
export const ACTIVE_WITHIN_DAYS = 90;

/**
 * Whether an active, opted-in member is due a touch today. Asked one day early so a daily run
 * delivers it by day `touchEveryDays` even when the send waits for the next day's outbox.
 */
export function needsTouch(member: TouchCandidate, now: Date, touchEveryDays: number): boolean {
  if (!member.optedIn || !member.lastActivityAt) return false;
  if (now.getTime() - member.lastActivityAt.getTime() > ACTIVE_WITHIN_DAYS * DAY) return false;
  const since = member.lastMarketingAt ?? member.joinedAt;
  return now.getTime() - since.getTime() >= (touchEveryDays - 1) * DAY;
}
