package org.guichet.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.guichet.identity.AgentRole;

/** The authorities of a tenant account: every account is an usager; agents have their roles too. */
public final class Authorities {

    static final String USAGER = "ROLE_USAGER";
    static final String AGENT = "ROLE_AGENT";

    private Authorities() {}

    public static List<String> of(Collection<AgentRole> roles) {
        List<String> authorities = new ArrayList<>();
        authorities.add(USAGER);
        if (!roles.isEmpty()) {
            authorities.add(AGENT);
        }
        roles.stream().distinct().sorted().map(AgentRole::authority).forEach(authorities::add);
        return List.copyOf(authorities);
    }
}
