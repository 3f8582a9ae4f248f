package org.guichet.identity.internal.oidc;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the UserInfo endpoint, where FranceConnect and ProConnect put names and email rather than
 * in the ID token. Both answer with a JWT signed like the ID token ({@code application/jwt}),
 * which Spring's default user service cannot read; plain JSON is read too. Its {@code sub} must be
 * the ID token's, or the answer is about someone else and is refused (OpenID Connect Core 5.3.2).
 */
@Component
class UserInfoClient {

    static final String INVALID_USER_INFO = "invalid_user_info_response";
    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient rest;

    UserInfoClient() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.rest = RestClient.builder().requestFactory(factory).build();
    }

    /** The UserInfo claims, or an empty map when the provider has no UserInfo endpoint. */
    Map<String, Object> claims(ClientRegistration registration, OAuth2AccessToken accessToken, String subject,
            String signingAlg) {
        String uri = registration.getProviderDetails().getUserInfoEndpoint().getUri();
        if (uri == null || uri.isBlank()) {
            return Map.of();
        }
        Map<String, Object> claims;
        try {
            ResponseEntity<String> response = rest.get().uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken.getTokenValue())
                    .accept(MediaType.APPLICATION_JSON, JWT)
                    .retrieve().toEntity(String.class);
            MediaType type = response.getHeaders().getContentType();
            String body = Objects.requireNonNullElse(response.getBody(), "");
            claims = type != null && type.isCompatibleWith(JWT)
                    ? NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                            .jwsAlgorithm(SignatureAlgorithm.from(signingAlg)).build().decode(body.strip()).getClaims()
                    : parseJson(body);
        } catch (RestClientException | JwtException | IllegalArgumentException e) {
            throw refusal("UserInfo could not be read: " + e.getMessage(), e);
        }
        if (!subject.equals(claims.get("sub"))) {
            throw refusal("UserInfo is about another subject", null);
        }
        return claims;
    }

    private static Map<String, Object> parseJson(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new IllegalArgumentException("UserInfo is not a JSON object", e);
        }
    }

    private static OAuth2AuthenticationException refusal(String description, Throwable cause) {
        OAuth2Error error = new OAuth2Error(INVALID_USER_INFO, description, null);
        return cause == null ? new OAuth2AuthenticationException(error) : new OAuth2AuthenticationException(error, cause);
    }
}
