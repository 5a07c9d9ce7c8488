import { z } from "zod";

// Every schema here words its own messages; zod's Indonesian locale is the net under them, so a
// message a schema forgot reaches the user in Indonesian rather than as "Invalid input".
z.config(z.locales.id());
