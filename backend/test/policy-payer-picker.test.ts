/** The contribution form's payer picker on the real server (both engines): users of contributions search payers without the payer rights. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rights } from '../src/modules/core/rights.js';
import { Client, engines, type RunningServer, startServer } from './harness.js';

const PAYERS = 'query($f: PayerFilter) { payers(filter: $f, first: 20) { edges { node { id name } } } }';

describe.each(engines)('payers for the contribution form on %s', (engine) => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(engine);
  });
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('the enrolment officer (contributions, no payer right) finds payers by name', async () => {
    const enrolment = new Client(server.url);
    expect((await enrolment.login('enrolment', 'enrolment123')).errors).toEqual([]);
    const rights: number[] = (await enrolment.gql('{ me { rights } }')).json.data.me.rights;
    expect(rights).toContain(Rights.contributionAdd);
    expect(rights).not.toContain(Rights.payerSearch);
    const found = await enrolment.gql(PAYERS, { f: { search: 'Ministry' } });
    expect(found.json.errors).toBeUndefined();
    expect(found.json.data.payers.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Ministry of Health']);
  });

  it('a user with neither payer nor contribution rights is refused', async () => {
    const receptionist = new Client(server.url);
    expect((await receptionist.login('receptionist', 'receptionist123')).errors).toEqual([]);
    const rights: number[] = (await receptionist.gql('{ me { rights } }')).json.data.me.rights;
    expect(rights.filter((r) => r === Rights.payerSearch || (r >= 101301 && r <= 101304))).toEqual([]);
    const denied = await receptionist.gql(PAYERS, { f: {} });
    expect(denied.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
