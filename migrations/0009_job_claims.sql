-- Background jobs: each claim of a job carries its own token, so only the worker holding the current
-- claim can renew its lease, record progress or finish it (a worker whose lease ran out and whose job
-- was claimed again can no longer mark it done).
ALTER TABLE jobs ADD COLUMN claim_token text;
-- Due jobs are claimed in run_at order; ties in creation order.
CREATE INDEX jobs_due_order_idx ON jobs (run_at, created_at, id) WHERE status IN ('queued', 'running');
