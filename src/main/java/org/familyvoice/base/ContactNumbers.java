package org.familyvoice.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who families can call now, shown on their pages. The defaults are Ofcom's numbers reserved for drama
 * (01632 960xxx), which reach nobody: a real deployment sets the council's own numbers.
 *
 * @param frontDoor  the children's services front door (MASH), office hours
 * @param outOfHours the out-of-hours (emergency duty) team
 */
@ConfigurationProperties("familyvoice.contacts")
public record ContactNumbers(@DefaultValue("01632 960000") String frontDoor,
                             @DefaultValue("01632 960001") String outOfHours) {
}
