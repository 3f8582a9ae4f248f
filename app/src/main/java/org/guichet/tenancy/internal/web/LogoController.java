package org.guichet.tenancy.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantLogo;
import org.guichet.tenancy.TenantManagement;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the logo of the request's tenant. Browsers keep it a few minutes and then revalidate with
 * its date, so a new logo shows soon without every page view fetching it again.
 */
@RestController
class LogoController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final TenantManagement tenants;

    LogoController(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/branding/logo")
    ResponseEntity<byte[]> logo(HttpServletRequest request) {
        return CurrentTenant.of(request).map(Tenant::id).flatMap(tenants::logo)
                .map(LogoController::image)
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noCache()).build());
    }

    private static ResponseEntity<byte[]> image(TenantLogo logo) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .lastModified(logo.updatedAt())
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .body(logo.bytes());
    }
}
