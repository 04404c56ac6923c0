import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BadRequest, MethodNotAllowed } from '../../platform/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { agentOf } from './access.ts';
import { invalidArguments, MCP_TOOLS, toolErrorText, type ToolContext } from './mcp.tools.ts';

const tags = ['Agents: MCP'];
const SERVER_INFO = { name: 'stockroom', version: '0.1.0' };

/** A JSON-RPC 2.0 message (request, notification or response) as MCP sends it; the SDK checks the rest. */
const JsonRpcMessage = Type.Object(
  { jsonrpc: Type.Literal('2.0') },
  { additionalProperties: true, description: 'A JSON-RPC 2.0 message (the MCP SDK validates its method and params)' },
);
const McpBody = Type.Union([JsonRpcMessage, Type.Array(JsonRpcMessage, { minItems: 1, maxItems: 20 })]);
const McpAnswer = Type.Union([JsonRpcMessage, Type.Array(JsonRpcMessage)], {
  description: 'The JSON-RPC response(s): `result`, or `error` for a protocol error',
});

function jsonResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}

function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

/** One MCP server for one request, bound to the calling agent: tools run as that agent, nothing else. */
function mcpServerFor(request: FastifyRequest, context: ToolContext): McpServer {
  const mcp = new McpServer(SERVER_INFO, {
    capabilities: { tools: {} },
    instructions:
      'Search the catalog, build a cart, check out and track orders of this shop. Amounts are integers in minor units (cents). ' +
      'complete_checkout without payment answers a continueUrl for the buyer to pay on the shop’s own checkout page.',
  });
  // The SDK's protocol layer with Stockroom's own tool table: TypeBox schemas (JSON Schema as MCP
  // wants it) validate the arguments, as they validate every HTTP request.
  const server = mcp.server;
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: MCP_TOOLS.map((t) => ({
      name: t.name,
      description: t.description,
      inputSchema: { ...t.inputSchema, type: 'object' as const },
      annotations: { readOnlyHint: t.readOnly, destructiveHint: false, openWorldHint: false },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async ({ params }): Promise<CallToolResult> => {
    const found = MCP_TOOLS.find((t) => t.name === params.name);
    if (!found) return errorResult(`not_found: there is no tool ${params.name}.`);
    const input = params.arguments ?? {};
    const invalid = invalidArguments(found.inputSchema, input);
    if (invalid) return errorResult(`validation_failed: ${invalid}`);
    try {
      return jsonResult(await found.run(context, input));
    } catch (error) {
      const text = toolErrorText(error);
      if (text === undefined) {
        request.log.error({ err: error, tool: found.name }, 'MCP tool failed');
        return errorResult('internal_error: the tool failed; try again later.');
      }
      request.log.info({ tool: found.name, error: text }, 'MCP tool refused');
      return errorResult(text);
    }
  });
  return mcp;
}

function webHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return headers;
}

function refuseStream(reply: FastifyReply): never {
  reply.header('allow', 'POST');
  throw new MethodNotAllowed({ detail: 'This MCP server is stateless: send each JSON-RPC message as a POST to /mcp.' });
}

/**
 * The MCP server at `/mcp` (Streamable HTTP, stateless, the official SDK): every POST is answered by
 * a fresh server bound to the agent the request authenticated as (bearer key or signature, the
 * `mcp` protocol allowed, rate limited like every agent request), so nothing of one agent's state
 * can leak into another's. Answers are JSON, not event streams.
 */
export const mcpRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  app.post(
    '/mcp',
    {
      config: { agentProtocol: 'mcp' },
      schema: {
        tags,
        summary: 'MCP: one JSON-RPC message (or batch) to the shop’s MCP server',
        description:
          'Model Context Protocol over Streamable HTTP, stateless. Authenticate with the agent’s bearer key. Tools: ' +
          `${MCP_TOOLS.map((t) => `\`${t.name}\``).join(', ')}. Send \`Accept: application/json, text/event-stream\`.`,
        body: McpBody,
        response: {
          200: McpAnswer,
          202: Type.Null({ description: 'A notification or response was accepted; no body' }),
        },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      const server = mcpServerFor(req, { db, config, agent, reply });
      const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      let status: number;
      let text: string;
      try {
        await server.connect(transport);
        const request = new Request(new URL('/mcp', 'http://mcp.invalid'), { method: 'POST', headers: webHeaders(req) });
        const answer = await transport.handleRequest(request, { parsedBody: req.body });
        status = answer.status;
        text = await answer.text();
      } finally {
        await transport.close();
        await server.close();
      }
      if (status === 202) return reply.code(202).send(null);
      if (status !== 200) {
        // The transport refused the message itself (Accept header, malformed JSON-RPC): a problem like any other bad input.
        const reason = /"message":"([^"]{1,200})"/.exec(text)?.[1] ?? 'The MCP transport refused the message.';
        throw new BadRequest({ detail: reason });
      }
      const body: unknown = JSON.parse(text);
      if (!Value.Check(McpAnswer, body)) throw new Error('the MCP transport answered something other than JSON-RPC');
      return reply.code(200).send(body);
    },
  );

  for (const method of ['GET', 'DELETE'] as const) {
    app.route({
      method,
      url: '/mcp',
      schema: {
        tags,
        summary: method === 'GET' ? 'MCP: no server-sent event stream (405)' : 'MCP: no session to end (405)',
        response: { 200: Type.Null({ description: 'Never: this server is stateless and always answers 405' }) },
      },
      handler: async (_req, reply) => refuseStream(reply),
    });
  }
};
