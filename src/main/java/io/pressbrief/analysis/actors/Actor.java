package io.pressbrief.analysis.actors;

import java.util.List;

/**
 * A canonical actor: a person, organisation, country, place or outlet that statements and events
 * are counted for.
 *
 * @param id      stable identifier used in every table ("zelensky", "russia")
 * @param name    display name
 * @param type    person, organisation, country, place or media
 * @param country the id of the country a place or organisation stands for, if any
 * @param aliases the ways texts name it (the name itself is always one)
 * @param roles   descriptions that refer to it in context ("Ukrainian president"), each for the time
 *                the actor held it
 */
public record Actor(String id, String name, String type, String country, List<String> aliases, List<Role> roles)
    implements java.io.Serializable {
  public Actor {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  public boolean isPerson() {
    return "person".equals(type);
  }

  /**
   * The country this actor stands for in an event's dyad, as event data codes it: a country is
   * itself; a city, region, leader, government or armed force is its country where the dictionary
   * says so; otherwise the actor itself.
   */
  public String countryOrSelf() {
    return country != null && !country.isBlank() ? country : id;
  }
}
