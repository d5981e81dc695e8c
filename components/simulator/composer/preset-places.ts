/**
 * Places a marketer can share with one tap, where our first customers' shops are. Names stay in
 * their own language, as the customer's map app would send them.
 */
export const PRESET_PLACES = [
  {
    id: "istanbul",
    name: "Taksim Meydanı",
    address: "Gümüşsuyu, 34437 Beyoğlu/İstanbul",
    latitude: 41.03698,
    longitude: 28.98504,
  },
  {
    id: "ankara",
    name: "Kızılay Meydanı",
    address: "Kızılay, 06420 Çankaya/Ankara",
    latitude: 39.92077,
    longitude: 32.85411,
  },
  {
    id: "amsterdam",
    name: "Dam",
    address: "Dam, 1012 JS Amsterdam",
    latitude: 52.37309,
    longitude: 4.89328,
  },
  {
    id: "rotterdam",
    name: "Markthal",
    address: "Dominee Jan Scharpstraat 298, 3011 GZ Rotterdam",
    latitude: 51.92005,
    longitude: 4.48673,
  },
] as const;
