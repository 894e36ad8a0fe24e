"""Pure rules of the domain: identifiers, names, ranks, statuses, dates and number words."""
