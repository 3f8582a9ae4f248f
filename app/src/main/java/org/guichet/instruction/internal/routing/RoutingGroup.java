package org.guichet.instruction.internal.routing;

import java.util.List;
import java.util.UUID;

/**
 * A group of instructeurs of one démarche, with its members and the rules that route dossiers to it.
 *
 * @param isDefault whether dossiers no rule matches land here
 * @param dossiers how many dossiers (any state but draft) are in the group: a group holding some cannot be deleted
 */
public record RoutingGroup(UUID id, UUID procedureId, String name, boolean isDefault, long dossiers,
        List<Member> members, List<Rule> rules) {

    /** An agent in a group. */
    public record Member(UUID accountId, String displayName, String email) {}

    /** Dossiers whose answer to {@code fieldId} is (or lies in) {@code value} go to the rule's group. */
    public record Rule(UUID id, UUID groupId, String fieldId, String value) {}
}
