-- The algorithm the provider signs ID tokens (and signed UserInfo responses) with for this client,
-- as agreed when the client was registered there: FranceConnect recommends ES256. HS256 is not
-- offered: it would make the client secret a signing key.
alter table oidc_provider
    add column id_token_signing_alg text not null default 'RS256'
        check (id_token_signing_alg in ('RS256', 'ES256', 'PS256'));

-- Bounds matching the administration screen's validation, so that no other path stores more.
alter table oidc_provider
    add constraint oidc_provider_label_length check (length(label) between 2 and 100),
    add constraint oidc_provider_issuer_length check (length(issuer_uri) between 10 and 500),
    add constraint oidc_provider_client_id_length check (length(client_id) between 1 and 200),
    add constraint oidc_provider_client_secret_length check (length(client_secret) between 1 and 500),
    add constraint oidc_provider_scopes_length check (length(scopes) between 6 and 300),
    add constraint oidc_provider_acr_values_length check (acr_values is null or length(acr_values) between 1 and 200);
