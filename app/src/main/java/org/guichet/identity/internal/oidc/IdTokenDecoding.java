package org.guichet.identity.internal.oidc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

/**
 * ID tokens are decoded by Spring's {@link OidcIdTokenDecoderFactory}: signature checked against
 * the provider's published JWKS, then issuer, audience, expiry. Only the algorithm is chosen here,
 * per provider, as agreed with it (Spring's default accepts RS256 only; FranceConnect recommends ES256).
 */
@Configuration(proxyBeanMethods = false)
class IdTokenDecoding {

    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(OidcProviderRepository providers) {
        OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
        factory.setJwsAlgorithmResolver(registration -> providers.findByRegistrationId(registration.getRegistrationId())
                .map(p -> SignatureAlgorithm.from(p.idTokenSigningAlg()))
                .orElse(SignatureAlgorithm.RS256));
        return factory;
    }
}
