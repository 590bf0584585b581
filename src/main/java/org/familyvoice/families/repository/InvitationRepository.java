package org.familyvoice.families.repository;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface InvitationRepository extends ListCrudRepository<InvitationRow, Long> {

    Optional<InvitationRow> findByCodeHash(String codeHash);

    List<InvitationRow> findByFamilyIdOrderByIdDesc(long familyId);

    List<InvitationRow> findByFamilyMemberId(long familyMemberId);
}
