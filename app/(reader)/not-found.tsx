// A story or page that is not there looks the same whichever group's page asked.
export { default, metadata } from "../(site)/not-found";
