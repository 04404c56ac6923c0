import { Unprocessable, type ProblemCode } from '../../platform/errors.ts';

/** 422 webhook_url_forbidden: the endpoint URL breaks the SSRF rules (https, public addresses; CHECKS.md S8). */
export class WebhookUrlForbidden extends Unprocessable {
  override readonly code: ProblemCode = 'webhook_url_forbidden';
  override readonly title = 'This webhook URL is not allowed';
  constructor(reason: string) {
    super({ detail: `The URL ${reason}.`, errors: [{ path: '/url', message: reason }] });
  }
}
