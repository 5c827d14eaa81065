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
 * @param gender  for a person, "female" or "male" when the dictionary says so (what "she" or "he" can
 *                refer to), else null
 */
public record Actor(String id, String name, String type, String country, List<String> aliases, List<Role> roles,
                    String gender) implements java.io.Serializable {
  public Actor {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /** An actor whose gender the dictionary does not give. */
  public Actor(String id, String name, String type, String country, List<String> aliases, List<Role> roles) {
    this(id, name, type, country, aliases, roles, null);
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
