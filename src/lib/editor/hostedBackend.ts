/**
 * Hosted mode of the browser editor, chosen at build time by environment variables (README,
 * "Ruang redaksi di server"). Without REDAKSI_BACKEND nothing is built to dist/admin/: the editor
 * then exists only in `npm run redaksi` on a writer's own computer.
 */
import type { EditorBackend } from './editorConfig.ts';

type Hosted = Extract<EditorBackend, { mode: 'hosted' }>;
const NAMES = ['gitlab', 'gitea', 'github'] as const;

/** A configuration mistake, said in Indonesian so whoever deploys knows which variable to fix. */
export class HostedConfigError extends Error {
  override name = 'HostedConfigError';
}

function httpsUrl(name: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HostedConfigError(`${name} harus berupa alamat lengkap, misalnya https://gitlab.example.go.id (sekarang: "${value}").`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1')
    throw new HostedConfigError(`${name} harus diawali https:// (sekarang: "${value}").`);
  return url.href.replace(/\/$/, '');
}

export function hostedBackendFromEnv(env: Record<string, string | undefined>): Hosted | undefined {
  const name = env['REDAKSI_BACKEND']?.trim();
  if (!name) return undefined;
  if (!(NAMES as readonly string[]).includes(name))
    throw new HostedConfigError(`REDAKSI_BACKEND harus salah satu dari ${NAMES.join(', ')} (sekarang: "${name}").`);
  const repo = env['REDAKSI_REPO']?.trim() ?? '';
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo))
    throw new HostedConfigError('REDAKSI_REPO wajib diisi dengan nama repositori, misalnya humas/asn-prima.');
  const baseUrl = httpsUrl('REDAKSI_BASE_URL', env['REDAKSI_BASE_URL']);
  const authProxy = httpsUrl('REDAKSI_AUTH_PROXY', env['REDAKSI_AUTH_PROXY']);
  const appId = env['REDAKSI_APP_ID']?.trim();
  if (name === 'gitea' && !baseUrl) throw new HostedConfigError('REDAKSI_BASE_URL wajib untuk Gitea/Forgejo, misalnya https://git.example.go.id.');
  if (name !== 'github' && !appId)
    throw new HostedConfigError('REDAKSI_APP_ID wajib: ID aplikasi OAuth di git host, untuk masuk dengan PKCE tanpa server perantara.');
  if (name === 'github' && !authProxy)
    throw new HostedConfigError('REDAKSI_AUTH_PROXY wajib untuk GitHub: alamat server perantara OAuth (lihat README).');
  return {
    mode: 'hosted',
    name: name as Hosted['name'],
    repo,
    ...(env['REDAKSI_BRANCH']?.trim() ? { branch: env['REDAKSI_BRANCH'].trim() } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(appId ? { appId } : {}),
    ...(authProxy ? { authProxy } : {}),
  };
}
