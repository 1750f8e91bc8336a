/**
 * A typed walk through the generated client, type-checked (never run) by `tsc --noEmit` in
 * scripts/test: it proves that openapi-fetch and the generated `paths` compose, so a contract
 * change that breaks client code fails our CI before a client team's.
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../schema";

type CustomerCreate = components["schemas"]["CustomerCreate"];

export async function walkthrough(baseUrl: string, username: string, password: string) {
  const api = createClient<paths>({ baseUrl });

  // OAuth2 password flow: a form body, a typed token back.
  const login = await api.POST("/api/v1/auth/token", {
    body: { username, password },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  if (login.error) throw new Error(login.error.detail ?? login.error.title);
  const token: string = login.data.access_token;
  const expiresIn: number = login.data.expires_in;

  const auth: Middleware = {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
  api.use(auth);

  const body: CustomerCreate = { name: "华为技术有限公司" };
  const created = await api.POST("/api/v1/customers", { body });
  if (created.error) throw new Error(created.error.title);
  const customerId: string = created.data.id;

  // Cursor pagination: the query parameters and the page are typed.
  const names: string[] = [];
  let cursor: string | null | undefined = undefined;
  do {
    const page: Awaited<ReturnType<typeof listCustomers>> = await listCustomers(cursor);
    if (page.error) throw new Error(page.error.title);
    names.push(...page.data.items.map((c) => c.name));
    cursor = page.data.next_cursor;
  } while (cursor);

  function listCustomers(cursor: string | null | undefined) {
    return api.GET("/api/v1/customers", {
      // A parameter is sent or left out, never null: a last page's null cursor is left out.
      params: { query: { limit: 50, cursor: cursor ?? undefined, q: "华为", include_total: true } },
    });
  }

  // PATCH with If-Match: the header is a declared parameter.
  const current = await api.GET("/api/v1/customers/{record_id}", {
    params: { path: { record_id: customerId } },
  });
  if (current.error) throw new Error(current.error.title);
  const etag = current.response.headers.get("ETag") ?? `"${current.data.version}"`;
  const patched = await api.PATCH("/api/v1/customers/{record_id}", {
    params: { path: { record_id: customerId }, header: { "If-Match": etag } },
    body: { remarks: "key account candidate" },
  });
  if (patched.error) throw new Error(patched.error.title);
  const version: number = patched.data.version;

  // A deal: the request body is typed today, the response (OpportunityOut) is not yet.
  const deal = await api.POST("/api/v1/opportunities", {
    body: {
      name: "云服务框架协议",
      customer_id: customerId,
      expected_close_date: "2026-12-31",
      amount: "1250000.00",
    },
  });
  if (deal.error) throw new Error(deal.error.title);
  const dealId: string = deal.data.id;

  return { expiresIn, customerId, names, version, dealId };
}
