/** Types of csp.cjs (CommonJS, shared by proxy.ts and cache-handler.cjs). */

export interface SitePolicyOptions {
  development: boolean;
  https: boolean;
  /** Origins a sign-in form may be redirected to (the configured OAuth providers). */
  formTargets: readonly string[];
  /** Script sources beyond this origin; by default any inline script (narrowed by the second policy). */
  scripts?: string;
}

export const HSTS: string;
export function policyOptionsFrom(env: Record<string, string | undefined>): Omit<SitePolicyOptions, "scripts">;
export function oauthFormTargets(env: { GITHUB_ID?: string; GOOGLE_ID?: string }): string[];
export function sitePolicy(options: SitePolicyOptions): string;
export function noncePolicy(nonce: string, options: Omit<SitePolicyOptions, "scripts">): string;
export function scriptPolicyFor(html: string): string;
export function cachedPageHeaders(html: string, env: Record<string, string | undefined>): Record<string, string | string[]>;
