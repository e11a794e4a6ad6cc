import type { CardTabProps } from '../card/tabs';
import { RecordHistory } from './RecordHistory';

/** The card's history: every audit entry about the person, newest first. */
export function HistoryTab({ card }: CardTabProps) {
  return <RecordHistory procedure="applicants.history" id={card.person.id} />;
}
