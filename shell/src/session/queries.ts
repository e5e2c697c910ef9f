/**
 * The session's GraphQL documents. No imports: vite.config.ts reads ME_REQUEST_BODY
 * to put the same request in index.html's early script (boot/early.ts).
 */
const USER_FIELDS = 'username names language rights healthFacility { id code name }';
export const ME_QUERY = `query Me { me { ${USER_FIELDS} } }`;
export const LOGIN_MUTATION = `mutation Login($input: LoginInput!) { login(input: $input) { me { ${USER_FIELDS} } errors { field code message } } }`;
export const LOGOUT_MUTATION = 'mutation Logout { logout { ok } }';
/** The body of the `me` request, as index.html's early script sends it. */
export const ME_REQUEST_BODY = JSON.stringify({ query: ME_QUERY, variables: {} });
