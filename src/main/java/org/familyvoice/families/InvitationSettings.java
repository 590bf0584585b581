package org.familyvoice.families;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param validFor  how long an invitation code can be used
 * @param publicUrl the address families reach the portal at, used to build invitation links
 */
@ConfigurationProperties("familyvoice.invitations")
public record InvitationSettings(@DefaultValue("14d") Duration validFor,
                                 @DefaultValue("http://localhost:8080") String publicUrl) {
}
