/** The longest each of a community's details may be: the server refuses longer, the forms stop there. */
export const COMMUNITY_LIMITS = { name: 120, slug: 40, description: 300, contact: 200 } as const;
