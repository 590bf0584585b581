package org.familyvoice.accounts.repository;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface TeamRepository extends ListCrudRepository<TeamRow, Long> {

    List<TeamRow> findAllByOrderByName();

    Optional<TeamRow> findByName(String name);
}
