package org.newsgraph.extract;

import org.newsgraph.vocab.NG;

/** The positions of the guidelines' {@code holdsPosition} fact; individuals of {@code ng:Role}. */
public enum Role implements Value {
    HeadOfState, HeadOfGovernment, DefenceMinister, ForeignMinister, Minister, MilitaryOfficer, Legislator,
    OrganizationHead, Expert, Journalist, Diplomat;

    public String iri() {
        return NG.NS + name();
    }

    @Override
    public String goldValue() {
        return name();
    }
}
