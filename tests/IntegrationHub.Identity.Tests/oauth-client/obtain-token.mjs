// Obtains access tokens from a running hub with oauth4webapi, an OAuth client written outside this project, and
// introspects and revokes them: proof that the hub speaks standard OAuth, not just what our own tests expect.
//
// Input (environment): HUB_ISSUER, HUB_SCOPE, BASIC_CLIENT_ID, BASIC_CLIENT_SECRET, JWT_CLIENT_ID,
// JWT_CLIENT_PRIVATE_JWK (a private EC P-256 JWK as JSON).
// Output: one JSON object on stdout describing what each step returned; any failure exits non-zero with the
// error on stderr.
import * as oauth from 'oauth4webapi';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`environment variable ${name} is not set`);
  }
  return value;
};

// The hub under test listens on plain http on loopback; oauth4webapi refuses http unless told otherwise.
const insecure = { [oauth.allowInsecureRequests]: true };
const issuer = new URL(env('HUB_ISSUER'));
const scope = env('HUB_SCOPE');

// RFC 8414 discovery: the client configures itself from the issuer URL alone.
const as = await oauth.processDiscoveryResponse(
  issuer,
  await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
);

async function obtainAndIntrospect(client, authenticate) {
  const tokenResponse = await oauth.processClientCredentialsResponse(
    as,
    client,
    await oauth.clientCredentialsGrantRequest(as, client, authenticate(), { scope }, insecure),
  );
  const introspection = await oauth.processIntrospectionResponse(
    as,
    client,
    await oauth.introspectionRequest(as, client, authenticate(), tokenResponse.access_token, insecure),
  );
  await oauth.processRevocationResponse(
    await oauth.revocationRequest(as, client, authenticate(), tokenResponse.access_token, insecure),
  );
  const afterRevocation = await oauth.processIntrospectionResponse(
    as,
    client,
    await oauth.introspectionRequest(as, client, authenticate(), tokenResponse.access_token, insecure),
  );
  return {
    tokenType: tokenResponse.token_type,
    expiresIn: tokenResponse.expires_in,
    scope: tokenResponse.scope,
    introspection,
    activeAfterRevocation: afterRevocation.active,
  };
}

const basicClient = { client_id: env('BASIC_CLIENT_ID') };
const basic = await obtainAndIntrospect(basicClient, () => oauth.ClientSecretBasic(env('BASIC_CLIENT_SECRET')));

const privateJwk = JSON.parse(env('JWT_CLIENT_PRIVATE_JWK'));
const privateKey = await crypto.subtle.importKey('jwk', privateJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
const jwtClient = { client_id: env('JWT_CLIENT_ID') };
// A new assertion (new jti) for every request: the hub accepts each one once.
const privateKeyJwt = await obtainAndIntrospect(jwtClient, () => oauth.PrivateKeyJwt({ key: privateKey, kid: privateJwk.kid }));

process.stdout.write(JSON.stringify({
  issuer: as.issuer,
  tokenEndpoint: as.token_endpoint,
  basic,
  privateKeyJwt,
}));
