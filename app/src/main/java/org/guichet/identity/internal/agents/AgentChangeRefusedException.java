package org.guichet.identity.internal.agents;

/** A change to agents or invitations that the rules refuse; the reason names the message to show. */
class AgentChangeRefusedException extends RuntimeException {

    /** Why the change was refused. */
    enum Reason {
        /** The invited address already belongs to an agent of this tenant. */
        ALREADY_AGENT,
        /** An administrator tried to remove their own last administrator role. */
        LAST_OWN_ADMINISTRATOR_ROLE,
        /** The invitation is not pending any more (accepted, cancelled or expired). */
        INVITATION_NOT_PENDING,
        /** An account with the invited address appeared while the person filled the form. */
        ACCOUNT_EXISTS,
        /** The signed-in account is not the one the invitation was sent to. */
        WRONG_ACCOUNT
    }

    private final Reason reason;

    AgentChangeRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
