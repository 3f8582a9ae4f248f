package org.guichet.identity.internal.oidc;

import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns a verified ID token into a signed-in account. By the time it runs, Spring has checked the
 * state, exchanged the code with the PKCE verifier, verified the ID token's signature against the
 * provider's JWKS, its issuer, audience, expiry and nonce. This checks the authentication level,
 * reads UserInfo and applies the linking rules of {@link ExternalAccountLinking}.
 */
@Component
class OidcSignInService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcProviderRepository providers;
    private final UserInfoClient userInfo;
    private final ExternalAccountLinking linking;

    OidcSignInService(OidcProviderRepository providers, UserInfoClient userInfo, ExternalAccountLinking linking) {
        this.providers = providers;
        this.userInfo = userInfo;
        this.linking = linking;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        String registrationId = request.getClientRegistration().getRegistrationId();
        OidcProvider provider = providers.findEnabled(registrationId)
                .orElseThrow(() -> SignInRefusal.FAILED.exception("provider disabled during sign-in"));
        OidcIdToken idToken = request.getIdToken();
        if (!AcrPolicy.satisfied(provider.acrList(), idToken.getAuthenticationContextClass())) {
            throw SignInRefusal.INSUFFICIENT_LEVEL.exception(
                    "acr " + idToken.getAuthenticationContextClass() + " does not meet " + provider.acrValues());
        }
        Map<String, Object> userInfoClaims = userInfo.claims(request.getClientRegistration(), request.getAccessToken(),
                idToken.getSubject(), provider.idTokenSigningAlg());
        ExternalIdentity identity = ExternalIdentity.of(provider, idToken.getSubject(), idToken.getClaims(), userInfoClaims);
        ExternalAccountLinking.SignedIn account = linking.signIn(identity, clientAddress());
        return new OidcAccountUser(account.accountId(), account.tenant(), account.email(), account.displayName(),
                account.authorities(), idToken);
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
