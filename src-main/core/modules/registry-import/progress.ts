// How far a long import is: the screen chooses a job id, the preview or commit records its
// phase and row counts under it while it yields between chunks, and registryImport.progress
// reads them. Kept in memory only (nothing about the file's content), per user, for a while.

export type Phase = 'reading' | 'checking' | 'writing' | 'done';

interface Job {
  userId: string;
  phase: Phase;
  done: number;
  total: number;
  at: number;
}

const jobs = new Map<string, Job>();
/** A finished or abandoned job is forgotten after this long. */
const KEEP_MS = 10 * 60 * 1000;

export function reportProgress(
  jobId: string | undefined,
  userId: string | undefined,
  phase: Phase,
  done = 0,
  total = 0,
): void {
  if (!jobId || !userId) return;
  const now = Date.now();
  for (const [id, job] of jobs) if (now - job.at > KEEP_MS) jobs.delete(id);
  jobs.set(jobId, { userId, phase, done, total, at: now });
}

export function readProgress(jobId: string, userId: string | undefined) {
  const job = jobs.get(jobId);
  if (!job || job.userId !== userId) return { phase: null, done: 0, total: 0 };
  return { phase: job.phase, done: job.done, total: job.total };
}
