package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;

/**
 * The fact kinds of the guidelines, each with its statement class, its direct property and which arguments
 * the direct property links (subject, object). Symmetric kinds match in either order.
 */
public enum FactKind {
    MENTION("mention", "Mention", "mentions", null, Arg.ENTITY, false, List.of(Arg.ENTITY)),
    MEMBER_OF("memberOf", "MembershipStatement", "memberOf", Arg.MEMBER, Arg.ORGANIZATION, false,
            List.of(Arg.MEMBER, Arg.ORGANIZATION)),
    PARTNER_OF("partnerOf", "PartnershipStatement", "partnerOf", Arg.PARTNER, Arg.ORGANIZATION, false,
            List.of(Arg.PARTNER, Arg.ORGANIZATION)),
    PARTICIPATES_IN("participatesIn", "ParticipationStatement", "participatesIn", Arg.PARTICIPANT, Arg.PROGRAMME,
            false, List.of(Arg.PARTICIPANT, Arg.PROGRAMME)),
    HOLDS_POSITION("holdsPosition", "PositionStatement", "holdsPosition", Arg.PERSON, Arg.ROLE, false,
            List.of(Arg.PERSON, Arg.ROLE)),
    AFFILIATED_WITH("affiliatedWith", "AffiliationStatement", "affiliatedWith", Arg.PERSON, Arg.ORGANIZATION, false,
            List.of(Arg.PERSON, Arg.ORGANIZATION)),
    ARMS_TRANSFER("armsTransfer", "ArmsTransferStatement", "suppliesArmsTo", Arg.SUPPLIER, Arg.RECIPIENT, false,
            List.of(Arg.SUPPLIER, Arg.RECIPIENT)),
    COMPETES_WITH("competesWith", "CompetitionStatement", "competesWith", Arg.A, Arg.B, true, List.of(Arg.A, Arg.B)),
    COOPERATES_WITH("cooperatesWith", "CooperationStatement", "cooperatesWith", Arg.A, Arg.B, true,
            List.of(Arg.A, Arg.B)),
    DEPENDS_ON("dependsOn", "DependencyStatement", "dependsOn", Arg.DEPENDENT, Arg.PROVIDER, false,
            List.of(Arg.DEPENDENT, Arg.PROVIDER)),
    VISIT("visit", "VisitStatement", "visited", Arg.PERSON, Arg.PLACE, false, List.of(Arg.PERSON, Arg.PLACE)),
    STATEMENT("statement", "SpeechStatement", "quotedIn", Arg.SPEAKER, null, false, List.of(Arg.SPEAKER));

    private final String goldName;
    private final String statementClass;
    private final String directProperty;
    private final Arg subject;
    private final Arg object;
    private final boolean symmetric;
    private final List<Arg> required;

    FactKind(String goldName, String statementClass, String directProperty, Arg subject, Arg object,
             boolean symmetric, List<Arg> required) {
        this.goldName = goldName;
        this.statementClass = statementClass;
        this.directProperty = directProperty;
        this.subject = subject;
        this.object = object;
        this.symmetric = symmetric;
        this.required = required;
    }

    public String goldName() {
        return goldName;
    }

    public String statementClass() {
        return statementClass;
    }

    public String directProperty() {
        return directProperty;
    }

    /** Subject of the direct triple; null for mentions, whose subject is the article. */
    public Arg subject() {
        return subject;
    }

    /** Object of the direct triple; null for speech, whose object is the article. */
    public Arg object() {
        return object;
    }

    public boolean symmetric() {
        return symmetric;
    }

    public List<Arg> required() {
        return required;
    }

    public static Optional<FactKind> ofGoldName(String name) {
        for (FactKind k : values()) {
            if (k.goldName.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
