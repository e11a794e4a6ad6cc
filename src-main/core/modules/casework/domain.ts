import type { CaseStatus } from '../cases/domain';

// The case after the application (SC art. 140–141; docs/domain.md): the act of examination of
// living conditions, the akimat's decision with its maker-checker review, the provider the
// person chooses, the referral, the work plan, and the service's own events. The case's status
// is derived from these records (deriveStatus); nobody types it.

// ── The act of examination of living conditions (step 2) ─────────────────────────────────────
export const HOUSING_TYPES = ['private_house', 'apartment', 'dormitory', 'rented', 'none'] as const;
export const HEATING_KINDS = ['central', 'gas', 'stove', 'none'] as const;
export const INSIDE_OUTSIDE = ['inside', 'outside', 'none'] as const;
export const SANITARY_STATES = ['good', 'satisfactory', 'poor'] as const;
export const ACCESSIBILITY = ['accessible', 'partly', 'not_accessible'] as const;
export const MOBILITY = ['free', 'with_aid', 'bedridden'] as const;
export const SELF_CARE = ['full', 'limited', 'unable'] as const;
export const ACT_CONCLUSIONS = ['full_loss', 'partial_loss', 'no_loss'] as const;
/** The medical advisory commission's (ВКК / ДКК) conclusion on contraindications. */
export const MAC_CONCLUSIONS = ['no_contraindications', 'contraindications'] as const;

/** The 4 criteria of need (SC art. 140), each answered yes/no with a note in the act. */
export const NEED_CRITERIA = [
  'life_activity_limitation',
  'social_disadaptation',
  'social_deprivation',
  'unfavourable_environment',
] as const;

// ── The akimat's decision (art. 141) ─────────────────────────────────────────────────────────
export const DECISION_KINDS = ['approve', 'refuse'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
/** pending: drafted, awaiting the head; returned: sent back with a comment; approved: final. */
export const DECISION_STATES = ['pending', 'returned', 'approved'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];
/** Guaranteed volume is paid by the budget; super-guaranteed by the recipient (docs/domain.md). */
export const SERVICE_VOLUMES = ['guaranteed', 'super_guaranteed'] as const;
/** Exactly three legal reasons to refuse (art. 141). */
export const REFUSAL_REASONS = [
  'not_meeting_grounds',
  'unreliable_documents',
  'medical_contraindications',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

// ── In service ───────────────────────────────────────────────────────────────────────────────
export const EVENT_KINDS = [
  'provider_chosen',
  'service_started',
  'monitoring',
  'suspended',
  'resumed',
  'terminated',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const MONITORING_RESULTS = ['improved', 'no_change', 'worsened'] as const;
export const TERMINATION_REASONS = [
  'death',
  'moved_away',
  'recipient_refusal',
  'end_of_term',
  'not_eligible',
  'other',
] as const;

/**
 * The enum group that words a closed case's reason: a refusal's and a termination's reasons are
 * codes; a withdrawal's is the text the caseworker typed (null: show as is).
 */
export function closeReasonGroup(status: CaseStatus): 'refusalReason' | 'terminationReason' | null {
  if (status === 'refused') return 'refusalReason';
  if (status === 'terminated') return 'terminationReason';
  return null;
}

/**
 * The maker-checker rule: whoever drafted or revised a decision may not approve it (art. 141's
 * decision is the akimat's, not one person's). True when `approverId` may approve.
 */
export function mayApprove(
  decision: { draftedBy: string; revisedBy: string | null },
  approverId: string,
): boolean {
  return decision.draftedBy !== approverId && decision.revisedBy !== approverId;
}

/** What deriveStatus reads about a case. */
export interface CaseRecords {
  /** The case was withdrawn (a close the application itself records). */
  withdrawn: boolean;
  /** The case's route needs the akimat's decision (cases/domain.ts needsAkimatDecision). */
  needsDecision: boolean;
  hasAct: boolean;
  /** Decisions oldest first. */
  decisions: readonly { id: string; kind: DecisionKind; state: DecisionState; supersedesId: string | null }[];
  /** Event kinds oldest first (provider choice, start, monitoring, suspension, resumption, termination). */
  events: readonly EventKind[];
  hasReferral: boolean;
}

/** The approved decision in force: the latest approved one that no approved one supersedes. */
export function effectiveDecision<D extends CaseRecords['decisions'][number]>(
  decisions: readonly D[],
): D | null {
  const approved = decisions.filter((d) => d.state === 'approved');
  const superseded = new Set(approved.map((d) => d.supersedesId).filter(Boolean));
  const live = approved.filter((d) => !superseded.has(d.id));
  return live.at(-1) ?? null;
}

/**
 * The case's status from its records, in the order the case moves (docs/domain.md): a withdrawal
 * or a termination closes it; a refusal in force closes it; the service's last start, suspension
 * or resumption says whether it runs; then referral, provider choice, an approval in force, a
 * decision awaiting the head, an act (or a decision returned to the caseworker), the application.
 */
export function deriveStatus(r: CaseRecords): CaseStatus {
  if (r.withdrawn) return 'withdrawn';
  if (r.events.includes('terminated')) return 'terminated';
  const decision = effectiveDecision(r.decisions);
  if (decision?.kind === 'refuse') return 'refused';
  const running = r.events
    .filter((e) => e === 'service_started' || e === 'suspended' || e === 'resumed')
    .at(-1);
  if (running === 'suspended') return 'suspended';
  if (running) return 'in_service';
  if (r.hasReferral) return 'referred';
  if (r.events.includes('provider_chosen')) return 'provider_chosen';
  if (decision?.kind === 'approve') return 'approved';
  if (r.decisions.some((d) => d.state === 'pending')) return 'awaiting_decision';
  if (r.hasAct || r.decisions.some((d) => d.state === 'returned')) return 'assessment';
  return 'registered';
}

/**
 * Whether a provider may be chosen now: after an approval in force, or (a route the akimat does
 * not decide: the programme through the portal, served on application) once the case is open.
 */
export function mayChooseProvider(status: CaseStatus, needsDecision: boolean): boolean {
  if (status === 'approved' || status === 'provider_chosen') return true;
  return !needsDecision && (status === 'registered' || status === 'assessment');
}
