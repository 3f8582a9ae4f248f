package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantLogoTest {

    @Test
    void recognisesPngAndJpegByTheirFirstBytes() {
        assertThat(TenantLogo.detectType(TenantLogoIntegrationTest.PNG)).isEqualTo("image/png");
        assertThat(TenantLogo.detectType(TenantLogoIntegrationTest.JPEG)).isEqualTo("image/jpeg");
    }

    @Test
    void recognisesNothingElse() {
        assertThat(TenantLogo.detectType("GIF89a".getBytes())).isNull();
        assertThat(TenantLogo.detectType("<svg></svg>".getBytes())).isNull();
        assertThat(TenantLogo.detectType(new byte[] {(byte) 0x89, 'P', 'N'})).isNull();
        assertThat(TenantLogo.detectType(new byte[0])).isNull();
        assertThat(TenantLogo.detectType(null)).isNull();
    }
}
