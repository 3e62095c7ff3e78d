/** The derive step's choice for an institution outside the catalogue; its name is then written by hand. */
export const OTHER_INSTITUTION = "otra";
export const OTHER_INSTITUTION_LABEL = "Otra institución";
