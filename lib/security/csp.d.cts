/** Types of csp.cjs (CommonJS, shared by proxy.ts and lib/cache/cache-handler.cjs). */

export interface SitePolicyOptions {
  development: boolean;
  https: boolean;
  /** Origins a sign-in form may be redirected to (the configured OAuth providers). */
  formTargets: readonly string[];
  /** Script sources beyond this origin; by default any inline script (narrowed by the second policy). */
  scripts?: string;
}

/** The variables the policies depend on. */
export interface PolicyEnv {
  NODE_ENV?: string;
  SITE_URL?: string;
  GITHUB_ID?: string;
  GOOGLE_ID?: string;
}

export const HSTS: string;
export function policyOptionsFrom(env: PolicyEnv): Omit<SitePolicyOptions, "scripts">;
export function oauthFormTargets(env: { GITHUB_ID?: string; GOOGLE_ID?: string }): string[];
export function sitePolicy(options: SitePolicyOptions): string;
export function noncePolicy(nonce: string, options: Omit<SitePolicyOptions, "scripts">): string;
/** Whether an inline script's text is one Next.js writes into a page. */
export function frameworkScript(source: string): boolean;
export function scriptPolicyFor(html: string): string;
export function cachedPageHeaders(html: string, env: PolicyEnv): Record<string, string | string[]>;
