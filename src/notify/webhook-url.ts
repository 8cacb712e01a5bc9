import { configError } from '../errors/promote-error.js';
import type { WebhookConfig } from './config.js';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * A webhook's URL from its environment variable, checked before anything is sent. Every
 * message names the webhook and the variable, never the value: the URL is the secret.
 * A variable that is unset or empty is a setup mistake, not a delivery failure, so it is an
 * error (exit 2) even for a webhook that is not required; `notify --event start` finds it
 * before a promotion touches anything.
 */
export function webhookUrl(webhook: WebhookConfig, env: NodeJS.ProcessEnv): URL {
  const key = `notifications.webhooks.${webhook.name}.url_env`;
  const value = env[webhook.urlEnv]?.trim();
  if (!value) {
    throw configError(`webhook '${webhook.name}': the environment variable ${webhook.urlEnv} is not set (it must hold the webhook URL, from a secret); nothing was sent`, { key });
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw configError(`webhook '${webhook.name}': ${webhook.urlEnv} does not hold a URL; nothing was sent`, { key });
  }
  // Credentials in the URL would go out as a Basic header no webhook service asks for, and are
  // a second secret beside the path: refused, naming neither.
  if (url.username || url.password) {
    throw configError(
      `webhook '${webhook.name}': ${webhook.urlEnv} holds a URL with a user name or password before the host (user:pass@); webhook URLs carry their secret in the path, so remove it; nothing was sent`,
      { key },
    );
  }
  const loopbackHttp = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) {
    throw configError(
      `webhook '${webhook.name}': ${webhook.urlEnv} holds a URL with scheme ${url.protocol.replace(/:$/, '')}; webhooks must be https (plain http only to 127.0.0.1, ::1 or localhost, for tests); nothing was sent`,
      { key },
    );
  }
  return url;
}
