/**
 * A domain's thin mutation resolver from its service function: the right (a code, or one that
 * depends on the input, e.g. a price list's kind), then the service, then the payload
 * `{ [key]: entity, errors }`:
 *   createFamily: serviceMutation('family', Rights.familyAdd, createFamily)
 */
import type { Ctx } from '../graphql/context.js';
import type { Result } from '../graphql/crud.js';
import { requireRight, type UserError } from '../graphql/errors.js';

type Right<I> = number | ((input: I, ctx: Ctx) => number | Promise<number>);
export type Payload<K extends string, R> = { [P in K]: R | null } & { errors: UserError[] };

export function serviceMutation<K extends string, I, R>(key: K, right: Right<I>, service: (ctx: Ctx, input: I) => Promise<Result<R>>) {
  return async (_parent: unknown, args: { input: I }, ctx: Ctx): Promise<Payload<K, R>> => {
    requireRight(ctx, typeof right === 'number' ? right : await right(args.input, ctx));
    const { entity, errors } = await service(ctx, args.input);
    return { [key]: entity, errors } as Payload<K, R>;
  };
}
