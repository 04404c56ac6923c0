import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Db } from './db/types.ts';
import { NotFound } from './errors.ts';
import { findJob, JobView } from './jobs.ts';

const JobParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

/** GET /admin/jobs/:id: any module's background job (an import, …), for whoever holds `jobs:read`. */
export const jobRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/jobs/:id',
    {
      config: { permission: 'jobs:read' },
      schema: {
        tags: ['Admin: jobs'],
        summary: 'A background job: status, progress and per-row errors',
        params: JobParams,
        response: { 200: JobView },
      },
    },
    async (req) => {
      const job = await findJob(db, req.params.id);
      if (!job) throw new NotFound({ detail: 'There is no such job.' });
      return job;
    },
  );
};
