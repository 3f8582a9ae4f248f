package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.identity.internal.oidc.OidcLogin;
import org.guichet.identity.internal.oidc.OidcLogoutSuccessHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may reach what. Public pages and sign-in flows (password, or the tenant's OpenID Connect
 * providers) are open; account pages need a signed-in person; the back office needs an agent of the request's tenant; the platform console needs a
 * platform administrator on the platform host. CSRF is on everywhere; headers are strict.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(PasswordHashing.class)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private static final IpAddressMatcher LOOPBACK_V4 = new IpAddressMatcher("127.0.0.0/8");
    private static final IpAddressMatcher LOOPBACK_V6 = new IpAddressMatcher("::1/128");

    @Bean
    BoundedArgon2PasswordEncoder passwordEncoder(PasswordHashing hashing) {
        return hashing.encoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PrincipalTenantFilter principalTenantFilter,
            OidcLogin oidcLogin, OidcLogoutSuccessHandler logoutSuccess, SignOutAudit signOutAudit,
            @Value("${guichet.platform-host:localhost}") String platformHost) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> onPlatformHost = (auth, ctx) ->
                new AuthorizationDecision(platformHost.equalsIgnoreCase(ctx.getRequest().getServerName())
                        && auth.get() != null && auth.get().getAuthorities().stream()
                                .anyMatch(a -> AccountUser.PLATFORM_ADMIN.equals(a.getAuthority())));
        AuthorizationManager<RequestAuthorizationContext> fromLoopback = (auth, ctx) ->
                new AuthorizationDecision(isLoopback(ctx.getRequest()));

        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/webjars/**", "/assets/**", "/css/**", "/js/**", "/theme.css",
                                "/branding/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").access(fromLoopback)
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/", "/accessibilite", "/mentions-legales", "/donnees-personnelles",
                                "/demarches", "/demarches/*").permitAll()
                        // Filing and following a dossier: the controllers let in the owner, or the browser
                        // session holding the dossier (started without an account, or reopened with its
                        // tracking code), and send anyone else to sign in.
                        .requestMatchers("/demarches/*/commencer", "/suivi", "/mes-demarches/*",
                                "/mes-demarches/*/pages/*", "/mes-demarches/*/suite", "/mes-demarches/*/verification",
                                "/mes-demarches/*/envoi", "/mes-demarches/*/confirmation", "/mes-demarches/*/etat",
                                "/mes-demarches/*/pieces/*", "/mes-demarches/*/accuse-de-reception", "/mes-demarches/*/decision",
                                "/mes-demarches/*/messagerie", "/mes-demarches/*/messagerie/pieces/*",
                                "/mes-demarches/*/correction", "/mes-demarches/*/attestation-acceptation-implicite").permitAll()
                        .requestMatchers("/connexion", "/connexion/fournisseur/**", "/inscription/**", "/inscription",
                                "/verification/**",
                                "/mot-de-passe-oublie", "/reinitialisation/**", "/invitation/**",
                                "/oauth2/**", "/login/oauth2/**").permitAll()
                        // An expert's opinion page: the emailed token is the authorisation (instruction module).
                        .requestMatchers("/avis/**").permitAll()
                        .requestMatchers("/plateforme/**", "/plateforme").access(onPlatformHost)
                        .requestMatchers("/agent/administration/**").hasRole("ADMINISTRATEUR")
                        .requestMatchers("/agent/**", "/agent").hasRole("AGENT")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/connexion")
                        .loginProcessingUrl("/connexion")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureHandler(loginFailureHandler())
                        .defaultSuccessUrl("/", false))
                .oauth2Login(oidcLogin.configuration("/connexion"))
                // Provider sessions also end at the provider (RP-initiated logout); password ones just end.
                .logout(logout -> logout
                        .logoutUrl("/deconnexion")
                        .addLogoutHandler(signOutAudit)
                        .logoutSuccessHandler(logoutSuccess))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterAfter(principalTenantFilter, BasicAuthenticationFilter.class);
        return http.build();
    }

    private static boolean isLoopback(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address != null && (LOOPBACK_V4.matches(address) || LOOPBACK_V6.matches(address));
    }

    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            String reason = switch (exception) {
                case PasswordAuthenticationProvider.ThrottledException t -> "trop-de-tentatives&minutes=" + t.minutes();
                case PasswordAuthenticationProvider.EmailNotVerifiedException e -> "adresse-non-verifiee";
                default -> "identifiants";
            };
            response.sendRedirect(request.getContextPath() + "/connexion?erreur=" + reason);
        };
    }
}
