import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only journal of every write (and, later, sensitive reads). Each row stores the hash of
 * the previous row so that an edit made behind the app's back breaks the chain visibly.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: text('actor_id'),
    actorLogin: text('actor_login').notNull(),
    door: text('door').notNull(),
    procedure: text('procedure').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    action: text('action').notNull(),
    /** JSON object field → [old, new]. */
    changes: text('changes'),
    /** The person the entry concerns (an applicant's id), so a card can show its own history. */
    subjectId: text('subject_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /**
     * HMAC-SHA-256 of `hash` under the install's audit key, which is kept outside the database
     * (shared/audit-key.ts): recomputing the chain after an edit needs the key too. Null on
     * entries written before the key existed.
     */
    mac: text('mac'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_actor_idx').on(t.actorId, t.at),
    index('audit_at_idx').on(t.at),
    index('audit_subject_idx').on(t.subjectId, t.at),
    index('audit_action_idx').on(t.action, t.at),
  ],
);
