package org.guichet.tenancy.internal.platform;

import org.springframework.web.multipart.MultipartFile;

/** A logo upload; its content is checked by {@code TenantManagement.storeLogo}. */
public class LogoForm {

    private MultipartFile logo;

    public MultipartFile getLogo() {
        return logo;
    }

    public void setLogo(MultipartFile logo) {
        this.logo = logo;
    }
}
