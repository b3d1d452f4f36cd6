import { getHealth } from "@/lib/health/queries";
import { routeHandler } from "@/lib/request/route";

export const dynamic = "force-dynamic";

/** For load balancers and monitors: 200 when the database answers, 503 when it does not. */
export const GET = routeHandler(async () => {
  const health = await getHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
