package org.guichet.tenancy.internal.platform;

import java.util.List;
import org.guichet.tenancy.TenantKind;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the tenant forms of the platform console offer: kinds of public body and time zones. */
@ControllerAdvice(assignableTypes = {PlatformTenantController.class, PlatformTenantsController.class})
class TenantFormChoices {

    @ModelAttribute("kinds")
    TenantKind[] kinds() {
        return TenantKind.values();
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return FrenchTimeZones.IDS;
    }
}
