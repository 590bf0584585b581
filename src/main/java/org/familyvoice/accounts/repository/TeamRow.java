package org.familyvoice.accounts.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("team")
public record TeamRow(@Id @Nullable Long id, String name, @Version @Nullable Long version) {
}
