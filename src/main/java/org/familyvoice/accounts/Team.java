package org.familyvoice.accounts;

import org.familyvoice.base.TeamId;

import java.util.Objects;

public record Team(TeamId id, String name) {
    public Team {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
    }
}
